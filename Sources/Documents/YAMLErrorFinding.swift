import Vocabulary
import YAMLTree

extension YAMLError {
    /// The `syntax` finding this error becomes in `file`.
    func finding(file: String) -> Finding {
        Finding(
            .syntax, message: .syntax(message),
            location: Location(file: file, mark: mark))
    }
}
