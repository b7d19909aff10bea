/// A run that could not be made (exit 2): the message that says why and what
/// to do, and the lines that list what is wrong where there are several (the
/// errors of a rules directory, the procedures a code could mean). Worded only
/// when printed, in `TTHC.main` (`RunMessageText`).
struct RunFailure: Error, Equatable {
    var message: RunMessage
    var details: [RunDetail]

    init(_ message: RunMessage, details: [RunDetail] = []) {
        self.message = message
        self.details = details
    }

    init(_ message: GitMessage) {
        self.init(.git(message))
    }
}
