using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel;

/// <summary>
/// What an uploaded workbook may cost to read. A few hundred KB of .xlsx can inflate to gigabytes, hold
/// one cell of hundreds of MB, or declare millions of blank rows; each is refused before it costs that.
/// </summary>
/// <param name="MaxScannedRows">Rows read, blank ones included (a sheet can declare a row far below the last).</param>
public sealed record ExcelImportLimits(int MaxScannedRows)
{
    /// <summary>All parts of the package together, as actually inflated (declared sizes can lie).</summary>
    public long MaxUncompressedBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Inflated size over compressed size of one part; real workbooks stay far below (about 5 to 20).</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts smaller than this are not held to the ratio: small repetitive XML compresses well.</summary>
    public long CompressionRatioGraceBytes { get; init; } = 100 * 1024;

    /// <summary>Excel's own limit on the characters of one cell.</summary>
    public int MaxCellLength { get; init; } = 32_767;

    /// <summary>Columns of a row as the sheet spans them; an import reads a dozen.</summary>
    public int MaxColumns { get; init; } = 256;
}

/// <summary>
/// Enforces <see cref="ExcelImportLimits"/>: <see cref="CheckPackage"/> inflates the package once into
/// nothing before any reader opens it (size, ratio, cell text read in chunks, so a huge cell is never
/// held in memory); <see cref="Scan"/> counts rows and columns as the reader yields them.
/// Over a limit → <see cref="AbpValidationException"/> on <c>member</c>.
/// </summary>
public sealed class ExcelImportGuard(IStringLocalizer<AbpFrameworkResource> l) : ITransientDependency
{
    private const int ChunkSize = 16 * 1024;

    public void CheckPackage(byte[] content, ExcelImportLimits limits, string member)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            using var inflated = new LimitedInflateStream(entry.Open(), entry.CompressedLength, limits, total, Refuse(member));
            if (IsCellPart(entry.FullName))
            {
                CheckCellLengths(inflated, limits, member);
            }
            inflated.CopyTo(Stream.Null);
            total = inflated.Total;
        }
    }

    /// <summary>The rows as they are read, refused past the row or column limit.</summary>
    public IEnumerable<IDictionary<string, object?>> Scan(
        IEnumerable<IDictionary<string, object?>> rows, ExcelImportLimits limits, string member)
    {
        var scanned = 0;
        foreach (var row in rows)
        {
            if (++scanned > limits.MaxScannedRows)
            {
                throw Refuse(member)("ExcelTooManyScannedRows", limits.MaxScannedRows);
            }
            if (row.Count > limits.MaxColumns)
            {
                throw Refuse(member)("ExcelTooManyColumns", limits.MaxColumns);
            }
            yield return row;
        }
    }

    // Cell text lives in the shared strings and in the sheets (inline strings, values, formulas).
    private static bool IsCellPart(string name) =>
        name.Equals("xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase)
        || (name.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The text of each cell (<c>c</c>) and shared string (<c>si</c>, runs summed), read in chunks.</summary>
    private void CheckCellLengths(Stream xml, ExcelImportLimits limits, string member)
    {
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, CloseInput = false });
        var buffer = new char[ChunkSize];
        long length = 0;
        var inCell = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "c" or "si")
            {
                length = 0;
                inCell = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName is "c" or "si")
            {
                inCell = false;
            }
            // Text between cells (indentation) is skipped by Read without being held.
            else if (inCell && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA)
            {
                int read;
                while ((read = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    length += read;
                    if (length > limits.MaxCellLength)
                    {
                        throw Refuse(member)("ExcelCellTooLong", limits.MaxCellLength);
                    }
                }
            }
        }
    }

    private Func<string, long, AbpValidationException> Refuse(string member) =>
        (key, limit) => new AbpValidationException(l[key, limit.ToString("N0", CultureInfo.CurrentCulture)], member);

    /// <summary>A part's inflated bytes, refused once the package's total or the part's ratio goes over.</summary>
    private sealed class LimitedInflateStream(
        Stream inner, long compressedLength, ExcelImportLimits limits, long totalBefore, Func<string, long, AbpValidationException> refuse)
        : Stream
    {
        private long _read;

        public long Total => totalBefore + _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            _read += read;
            if (Total > limits.MaxUncompressedBytes)
            {
                throw refuse("ExcelUncompressedTooLarge", limits.MaxUncompressedBytes / (1024 * 1024));
            }
            if (_read > limits.CompressionRatioGraceBytes && _read > limits.MaxCompressionRatio * Math.Max(compressedLength, 1))
            {
                throw refuse("ExcelCompressionRatioTooHigh", limits.MaxCompressionRatio);
            }
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
