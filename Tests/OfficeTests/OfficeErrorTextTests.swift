import Office
import Reporters
import Testing
import Vocabulary

@Suite struct OfficeErrorTextTests {
    @Test func csvNotUTF8SaysHowToSaveInBothLanguages() {
        let error = OfficeError.notUTF8(byte: 0xE3, line: 2)
        #expect(OfficeErrorText.render(error, in: .en) == "the file is not UTF-8 (byte 0xE3 on line 2); save it as \"CSV UTF-8\"")
        #expect(OfficeErrorText.render(error, in: .vi) == "tệp không phải UTF-8 (byte 0xE3 ở dòng 2); hãy lưu lại dưới dạng \"CSV UTF-8\"")
    }

    @Test func limitsAreGroupedAsEachLanguageWritesThem() {
        let error = OfficeError.tooManyRows(sheet: "Danh sách", limit: 1_000_000)
        #expect(OfficeErrorText.render(error, in: .en) == "the sheet `Danh sách` has more than the limit of 1,000,000 rows")
        #expect(OfficeErrorText.render(error, in: .vi) == "vượt giới hạn: trang tính `Danh sách` có hơn 1.000.000 dòng")
    }

    @Test func partNamesFromTheFileAreEscapedForTheTerminal() {
        let text = OfficeErrorText.render(.partMissing("xl/\u{1B}[31mworkbook.xml"), in: .en, medium: .terminal)
        #expect(!text.contains("\u{1B}"))
    }
}
