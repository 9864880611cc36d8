using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeaceTalksTracker.Articles;
using PeaceTalksTracker.Intake.Sources.Files;
using PeaceTalksTracker.Tests.TestSupport;

namespace PeaceTalksTracker.Tests.Intake.Sources.Files;

public sealed class ArticleFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static ArticleFileReader Reader(long maxFileBytes = 2 * 1024 * 1024) =>
        new(Options.Create(new ImportOptions { MaxFileBytes = maxFileBytes }));

    [Fact]
    public void A_utf8_text_file_is_read_as_written()
    {
        var path = _folder.File("talks.txt", "Talks – “Progress”\n\nKyiv’s delegation arrived.");

        var result = Reader().Read(path);

        Assert.False(result.IsRejected);
        Assert.Equal("Talks – “Progress”\n\nKyiv’s delegation arrived.", result.Text);
        Assert.Null(result.EncodingNote);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var path = _folder.File("bom.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Headline")]);

        Assert.Equal("Headline", Reader().Read(path).Text);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        var path = _folder.File("empty.txt", "");

        Assert.Equal("file is empty", Reader().Read(path).Rejection);
    }

    [Fact]
    public void A_whitespace_only_file_is_rejected()
    {
        var path = _folder.File("blank.txt", " \n\t\r\n  \n");

        Assert.Equal("file holds only whitespace", Reader().Read(path).Rejection);
    }

    [Fact]
    public void A_binary_file_with_nul_bytes_is_rejected()
    {
        var path = _folder.File("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        Assert.Contains("NUL bytes", Reader().Read(path).Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_decoded_as_windows_1252_with_a_note()
    {
        // "Kyiv’s “talks” – 1252" in Windows-1252: 0x92 ’, 0x93 “, 0x94 ”, 0x96 –, which are invalid as UTF-8.
        byte[] bytes = [.. "Kyiv"u8, 0x92, .. "s "u8, 0x93, .. "talks"u8, 0x94, .. " "u8, 0x96, .. " caf"u8, 0xE9];
        var path = _folder.File("legacy.txt", bytes);

        var result = Reader().Read(path);

        Assert.False(result.IsRejected);
        Assert.Equal("Kyiv’s “talks” – café", result.Text);
        Assert.Equal("not valid UTF-8; decoded as Windows-1252", result.EncodingNote);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_unread()
    {
        var path = _folder.File("long.txt", new string('a', 2048));

        var rejection = Reader(maxFileBytes: 1024).Read(path).Rejection;

        Assert.Equal("file is 2,048 bytes, over the 1,024-byte limit", rejection);
    }

    [Fact]
    public void The_default_size_limit_is_two_megabytes_and_the_message_says_the_bytes()
    {
        var path = _folder.File("huge.txt", new string('a', (2 * 1024 * 1024) + 1));

        Assert.Equal("file is 2,097,153 bytes, over the 2,097,152-byte limit", Reader().Read(path).Rejection);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_utf16_file_with_a_byte_order_mark_is_read_as_utf16(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = _folder.File("unicode.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Talks – “Progress”\n\nKyiv’s delegation arrived.")]);

        var result = Reader().Read(path);

        Assert.False(result.IsRejected, result.Rejection);
        Assert.Equal("Talks – “Progress”\n\nKyiv’s delegation arrived.", result.Text);
        Assert.Contains("UTF-16", result.EncodingNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_still_binary()
    {
        var path = _folder.File("nobom.txt", Encoding.Unicode.GetBytes("Headline"));

        Assert.Contains("NUL bytes", Reader().Read(path).Rejection, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf", "unsupported extension '.pdf'; only .txt, .md, .html, .htm files are imported")]
    [InlineData("README", "has no extension; only .txt, .md, .html, .htm files are imported")]
    public void A_file_of_another_kind_is_rejected(string name, string reason)
    {
        var path = _folder.File(name, "Headline\n\nText.");

        Assert.Equal(reason, Reader().Read(path).Rejection);
    }

    // Bound the way the app binds it: the binder appends configured items to an initial list, so a default list in
    // the options class read ".txt, .md, .txt, .md" with appsettings.json's own list, and could never be narrowed.
    [Theory]
    [InlineData(new[] { ".txt", ".md" }, "notes.pdf", "unsupported extension '.pdf'; only .txt, .md files are imported")]
    [InlineData(new[] { ".md" }, "notes.txt", "unsupported extension '.txt'; only .md files are imported")]
    public void Extensions_from_configuration_replace_the_defaults(string[] configured, string name, string reason)
    {
        var settings = configured.Select((extension, i) => KeyValuePair.Create($"Import:Extensions:{i}", (string?)extension));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName);
        var reader = new ArticleFileReader(services.BuildServiceProvider().GetRequiredService<IOptions<ImportOptions>>());
        var path = _folder.File(name, "Headline\n\nText.");

        Assert.Equal(reason, reader.Read(path).Rejection);
    }

    [Fact]
    public void Extensions_are_matched_without_regard_to_case()
    {
        var path = _folder.File("SHOUTING.TXT", "Headline");

        Assert.False(Reader().Read(path).IsRejected);
    }

    [Fact]
    public void A_missing_file_is_rejected()
    {
        Assert.Equal("file not found", Reader().Read(Path.Combine(_folder.Path, "gone.txt")).Rejection);
    }

    [Fact]
    public void An_unreadable_file_is_rejected_with_the_reason()
    {
        var path = _folder.File("locked.txt", "Headline\n\nText.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            var result = Reader().Read(path);
            if (FilePermissions.CanStillRead(path))
            {
                // Running as root: permission bits do not apply, so the file is simply read.
                Assert.False(result.IsRejected);
            }
            else
            {
                Assert.Equal("cannot be read: permission denied", result.Rejection);
            }
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
