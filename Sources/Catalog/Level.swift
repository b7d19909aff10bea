/// The tier of government that handles a procedure.
public enum Level: String, CaseIterable, Sendable {
    case province, district, commune
}
