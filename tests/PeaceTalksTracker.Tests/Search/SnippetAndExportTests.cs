using PeaceTalksTracker.Search;

namespace PeaceTalksTracker.Tests.Search;

public sealed class SnippetAndExportTests
{
    [Fact]
    public void Only_the_sentinels_become_marks_and_everything_else_is_encoded()
    {
        var snippet = Snippet.FromMarked("a <script>&\"' [[peace]] b", "[[", "]]");

        Assert.Equal("a &lt;script&gt;&amp;&quot;&#x27; <mark>peace</mark> b", snippet.ToHtml());
        Assert.Equal("a <script>&\"' peace b", snippet.ToPlainText());
    }

    [Theory]
    [InlineData("]]stray close [[open", "stray close <mark>open</mark>")]
    [InlineData("[[[[double]]]]", "<mark>double</mark>")]
    [InlineData("a [[b]] c [[d", "a <mark>b</mark> c <mark>d</mark>")]
    [InlineData("", "")]
    public void Unbalanced_markers_never_leave_broken_markup(string marked, string html)
    {
        Assert.Equal(html, Snippet.FromMarked(marked, "[[", "]]").ToHtml());
    }

    [Fact]
    public void Markers_carry_a_nonce_so_text_cannot_forge_them()
    {
        var (open, close) = Snippet.NewMarkers();
        var (otherOpen, otherClose) = Snippet.NewMarkers();

        var snippet = Snippet.FromMarked($"{otherOpen}forged{otherClose} {open}real{close}", open, close);

        Assert.Equal(["real"], snippet.Parts.Where(p => p.Marked).Select(p => p.Text));
    }
}
