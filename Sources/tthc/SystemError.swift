import Foundation

/// Why the system refused a read or a write: an `errno`, kept as a number until
/// a message is rendered, or a write that made no progress and set none.
enum SystemError: Sendable, Equatable {
    case code(Int32)
    /// write(2) returned 0 for a non-empty buffer: it cannot go on, and no
    /// `errno` says why.
    case nothingWritten

    /// The `errno` of the call that just failed; read at once, before anything
    /// else can change it.
    static var current: SystemError { .code(errno) }

    /// The C library's words for `code` ("No such file or directory"), in
    /// English as the system gives them. `strerror_r`, not `strerror`: files
    /// are read on worker threads, and `strerror` may share one buffer among
    /// them. Swift imports the XSI variant on glibc (as on Darwin), which fills
    /// the buffer it is given.
    static func words(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        // An unknown number fails with EINVAL but still fills the buffer ("Unknown error 999").
        _ = strerror_r(code, &buffer, buffer.count)
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.isEmpty ? "error \(code)" : text
    }
}
