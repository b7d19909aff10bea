import Foundation
import ZIPFoundation

/// The parts of an OOXML package (a ZIP archive), read on demand with the
/// limits applied to the bytes actually inflated, not to the sizes the archive
/// declares, which a hostile file can fake.
struct ZipParts {
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: OfficeLimits
    /// Bytes inflated so far, across every part read.
    private var inflated = 0

    init(_ bytes: [UInt8], limits: OfficeLimits) throws(OfficeError) {
        guard bytes.count >= 22, let archive = try? Archive(data: Data(bytes), accessMode: .read) else {
            throw .notAZip
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path] = entry
        }
        guard !entries.isEmpty else { throw .notAZip }
        self.archive = archive
        self.entries = entries
        self.limits = limits
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The part's bytes; `nil` when the archive has no such part.
    mutating func read(_ path: String) throws(OfficeError) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        // Refuse early on the declared size; count the real bytes too.
        if entry.uncompressedSize > UInt64(limits.partBytes) {
            throw .partTooLarge(part: path, limit: limits.partBytes)
        }
        if UInt64(inflated) + entry.uncompressedSize > UInt64(limits.totalBytes) {
            throw .tooLarge(limit: limits.totalBytes)
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(entry.uncompressedSize))
        var overflow: OfficeError?
        let (partLimit, room) = (limits.partBytes, limits.totalBytes - inflated)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if out.count + chunk.count > partLimit {
                    overflow = .partTooLarge(part: path, limit: partLimit)
                } else if out.count + chunk.count > room {
                    overflow = .tooLarge(limit: self.limits.totalBytes)
                }
                if overflow != nil { throw CancellationError() }
                out.append(contentsOf: chunk)
            }
        } catch {
            throw overflow ?? .damagedPart(path)
        }
        inflated += out.count
        return out
    }
}

/// Writes an OOXML package: every entry deflated, dated 1980-01-01 00:00
/// (the earliest DOS date) with fixed permissions, in the order given, so the
/// same parts always give the same bytes.
enum ZipWriter {
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    static func write(_ parts: [(path: String, bytes: [UInt8])]) -> [UInt8] {
        // Writing to memory fails only when memory does; an empty result is then
        // the honest answer, and the callers' tests would see it.
        guard let archive = try? Archive(accessMode: .create) else { return [] }
        for part in parts {
            let data = Data(part.bytes)
            do {
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: fixedDate, permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                return []
            }
        }
        return archive.data.map { [UInt8]($0) } ?? []
    }
}
