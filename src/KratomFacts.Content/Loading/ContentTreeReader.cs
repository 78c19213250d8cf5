using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using KratomFacts.Content.Diagnostics;

namespace KratomFacts.Content.Loading;

/// <summary>
/// Stage 1 of the content flow: finds the files that make up a content tree, reads and decodes them,
/// and fingerprints the whole tree. Nothing here parses content.
/// </summary>
public sealed partial class ContentTreeReader
{
    public ContentTree Read(string root, DiagnosticBag diagnostics)
    {
        var fullRoot = Path.GetFullPath(root);
        var fingerprint = new FingerprintBuilder();
        if (!Directory.Exists(fullRoot))
        {
            diagnostics.Error(root, SourcePosition.Start, "content folder not found");
            return new ContentTree(root, [], [], null, fingerprint.Finish());
        }

        var articles = ReadArticles(root, fullRoot, diagnostics, fingerprint);
        var myths = ReadMyths(root, fullRoot, diagnostics, fingerprint);
        var alkaloidsPath = Path.Combine(fullRoot, "alkaloids.yaml");
        var alkaloids = File.Exists(alkaloidsPath)
            ? ReadFile(root, fullRoot, alkaloidsPath, diagnostics, fingerprint)
            : null;
        return new ContentTree(root, articles, myths, alkaloids, fingerprint.Finish());
    }

    private static List<ArticleFolder> ReadArticles(string root, string fullRoot, DiagnosticBag diagnostics, FingerprintBuilder fingerprint)
    {
        var articlesDir = Path.Combine(fullRoot, "articles");
        if (!Directory.Exists(articlesDir))
        {
            return [];
        }

        var folders = new List<ArticleFolder>();
        foreach (var dir in Directory.EnumerateDirectories(articlesDir).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(dir);
            var displayDir = Display(root, fullRoot, dir);
            if (!Slugs.IsValid(slug))
            {
                diagnostics.Error(displayDir, SourcePosition.Start, $"article folder name '{slug}' is not a slug (lowercase ASCII words joined by '-')");
                continue;
            }

            var versions = new List<NumberedFile>();
            var named = 0;
            foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                var match = VersionFileName().Match(Path.GetFileName(path));
                if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, out var number))
                {
                    diagnostics.Error(Display(root, fullRoot, path), SourcePosition.Start, "unexpected file: article versions are named v1.md, v2.md, ...");
                    continue;
                }

                named++;
                var file = ReadFile(root, fullRoot, path, diagnostics, fingerprint);
                if (file is not null)
                {
                    versions.Add(new NumberedFile(number, file));
                }
            }

            if (versions.Count == 0)
            {
                // A version file that could not be read has its own error; only an empty folder needs this one.
                if (named == 0)
                {
                    diagnostics.Error(displayDir, SourcePosition.Start, "article folder has no version files (v1.md, v2.md, ...)");
                }

                continue;
            }

            folders.Add(new ArticleFolder(slug, displayDir, [.. versions.OrderBy(v => v.Number)]));
        }

        return folders;
    }

    private static List<ContentFile> ReadMyths(string root, string fullRoot, DiagnosticBag diagnostics, FingerprintBuilder fingerprint)
    {
        var mythsDir = Path.Combine(fullRoot, "myths");
        if (!Directory.Exists(mythsDir))
        {
            return [];
        }

        var myths = new List<ContentFile>();
        foreach (var path in Directory.EnumerateFiles(mythsDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(".md", StringComparison.Ordinal) || !Slugs.IsValid(name[..^3]))
            {
                diagnostics.Error(Display(root, fullRoot, path), SourcePosition.Start, "unexpected file: myths are named <slug>.md");
                continue;
            }

            if (ReadFile(root, fullRoot, path, diagnostics, fingerprint) is { } file)
            {
                myths.Add(file);
            }
        }

        return myths;
    }

    private static ContentFile? ReadFile(string root, string fullRoot, string path, DiagnosticBag diagnostics, FingerprintBuilder fingerprint)
    {
        var display = Display(root, fullRoot, path);
        var relative = Path.GetRelativePath(fullRoot, path).Replace('\\', '/');
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > ContentLimits.MaxFileBytes)
            {
                diagnostics.Error(display, SourcePosition.Start, $"file is {info.Length:N0} bytes; the limit is {ContentLimits.MaxFileBytes:N0}");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(display, SourcePosition.Start, $"cannot read file: {e.Message}");
            return null;
        }

        fingerprint.Add(relative, bytes);
        var text = DecodeUtf8(bytes, display, diagnostics);
        return text is null ? null : new ContentFile(display, relative, text);
    }

    private static string? DecodeUtf8(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            diagnostics.Error(display, PositionOfByte(span, bytesRead), "file is not valid UTF-8 (the first bad byte is here): save it with UTF-8 encoding");
            return null;
        }

        return new string(chars, 0, charsWritten).ReplaceLineEndings("\n");
    }

    private static SourcePosition PositionOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourcePosition(line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    private static string Display(string root, string fullRoot, string path) =>
        Path.Join(root, Path.GetRelativePath(fullRoot, path)).Replace('\\', '/');

    [GeneratedRegex(@"^v([1-9][0-9]{0,3})\.md$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionFileName();

    /// <summary>SHA-256 over every file's relative path and bytes, so any edit, addition or removal changes it.</summary>
    private sealed class FingerprintBuilder
    {
        private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

        public void Add(string relativePath, byte[] bytes) => _files[relativePath] = bytes;

        public string Finish()
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var (path, bytes) in _files)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(path));
                hash.AppendData([0]);
                hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
                hash.AppendData(bytes);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
        }
    }
}
