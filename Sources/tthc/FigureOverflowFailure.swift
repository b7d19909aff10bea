import Review
import Vocabulary

extension RunFailure {
    /// The plan report (or the figures of `diff`) cannot be made: a figure is
    /// past what a number holds, and no output prints `inf` or `nan` where a
    /// figure belongs. Names the figure, the place and the procedure to look
    /// at first.
    init(_ overflow: FigureOverflow) {
        let shown = { (text: String) in HarmlessText.escape(text) }
        let place: (en: String, vi: String) =
            switch overflow.place {
            case .procedure(let code): ("procedure `\(shown(code))`", "thủ tục `\(shown(code))`")
            case .sector(let id): ("sector `\(shown(id))`", "lĩnh vực `\(shown(id))`")
            case .level(let level): ("level `\(level.rawValue)`", "cấp `\(level.rawValue)`")
            case .total: ("the whole catalog", "toàn bộ danh mục")
            }
        let largest = overflow.largest.map { code in
            (
                en: "; the largest deadline it counts is procedure `\(shown(code))`'s",
                vi: "; thời hạn lớn nhất trong đó là của thủ tục `\(shown(code))`"
            )
        }
        let figure = shown(overflow.figure)
        self.init(
            message: CLILanguage.current.pick(
                "the plan's figures cannot be computed: `\(figure)` of \(place.en) is too large for a number"
                    + "\(largest?.en ?? ""); check the deadlines for a typo",
                "không tính được các chỉ tiêu của đề án: `\(figure)` của \(place.vi) quá lớn, vượt quá giới hạn của một số"
                    + "\(largest?.vi ?? ""); kiểm tra lại các thời hạn (có thể gõ nhầm)"))
    }
}
