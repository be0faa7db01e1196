using System.Linq;
using System.Text;
using Xunit;

namespace NewsGen.Tests;

/// <summary>
/// Article files in awkward encodings, each with the screening verdict both the build and <c>newsgen check</c> must
/// give (the diagnostic id, or empty when the file is accepted).
/// </summary>
public static class EncodingCases
{
    private const string Body = "Ferry timetable changes\n\nThe winter timetable starts on the first of the month.\n";

    /// <summary>Case name, file bytes, expected NG id ("" when accepted).</summary>
    public static TheoryData<string, byte[], string> All { get; } = new()
    {
        { "utf8", Encoding.UTF8.GetBytes(Body), "" },
        { "utf8 with a replacement character", Encoding.UTF8.GetBytes(Body.Replace("first", "fir\uFFFDst")), "" },
        { "utf8 with a byte-order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Body)], "" },
        { "invalid utf8", [.. Encoding.UTF8.GetBytes(Body), 0xE9, 0x0A], "NG4001" },
        { "utf16 le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Body)], "" },
        { "utf16 be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Body)], "" },
        { "utf16 with a lone surrogate", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Body).Take(20), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(Body).Skip(20)], "NG4001" },
        { "utf32 le with a byte-order mark", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(Body)).ToArray(), "NG4002" },
        { "utf32 be with a byte-order mark", new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble().Concat(new UTF32Encoding(true, true).GetBytes(Body)).ToArray(), "NG4002" },
    };
}
