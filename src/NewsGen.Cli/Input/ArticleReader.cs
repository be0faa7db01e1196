using System;
using System.IO;
using System.Text;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Input;

/// <summary>
/// Reads an article file the way the compiler reads an additional file: UTF-8 unless a byte-order mark names another
/// Unicode encoding. Bytes that are not valid UTF-8 are decoded as Latin-1 so the text is still shown, and the
/// source is marked invalid (NG4001).
/// </summary>
internal static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleSource Read(string path) => Decode(path, File.ReadAllBytes(path));

    public static ArticleSource Decode(string path, byte[] bytes)
    {
        var (text, valid) = DecodeText(bytes);
        return new ArticleSource(path, text, NameOverride: null, PublishedOverride: null, IsValidUtf8: valid);
    }

    private static (string Text, bool Valid) DecodeText(byte[] bytes)
    {
        if (HasPrefix(bytes, 0xFF, 0xFE) || HasPrefix(bytes, 0xFE, 0xFF))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
            return (reader.ReadToEnd(), true);
        }

        var start = HasPrefix(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), true);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), false);
        }
    }

    private static bool HasPrefix(byte[] bytes, params byte[] prefix) =>
        bytes.Length >= prefix.Length && bytes.AsSpan(0, prefix.Length).SequenceEqual(prefix);
}
