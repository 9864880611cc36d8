using PeaceTalksTracker.Pages.Compare;

namespace PeaceTalksTracker.Tests.Pages.Compare;

public sealed class CompareExcerptTests
{
    [Fact]
    public void A_table_is_excerpted_as_its_cells_not_as_pipes_and_dashes()
    {
        const string table = "| Stakeholder | Before | After |\n|---|:---:|---|\n| Russia | Territory | Recognition |";

        Assert.Equal("Table: Stakeholder · Before · After · Russia · Territory · Recognition", IndexModel.Excerpt(table));
        Assert.Equal("Table: Stakeholder · Before…", IndexModel.Excerpt(table, 30));
    }

    [Fact]
    public void Prose_is_cut_at_a_word_with_an_ellipsis_and_left_whole_when_short()
    {
        const string text = "Delegations met for a second day in Geneva, officials said.";

        Assert.Equal(text, IndexModel.Excerpt(text));
        Assert.Equal("Delegations met for a…", IndexModel.Excerpt(text, 22));
    }
}
