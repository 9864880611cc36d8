using PeaceTalksTracker.Outlets;

namespace PeaceTalksTracker.Tests.Outlets;

public sealed class OutletRulesTests
{
    private static OutletTotals Totals(int articles) => new() { Id = "x", Name = "X", Articles = articles };

    [Fact]
    public void An_outlet_under_ten_counted_articles_is_too_few_to_compare()
    {
        Assert.True(OutletRules.TooFew(Totals(9)));
        Assert.False(OutletRules.TooFew(Totals(10)));
        Assert.Equal(ShareVerdict.TooFew, OutletRules.Judge(0.5, 0.1, comparable: false));
    }

    [Theory]
    [InlineData(0.129, 0.10, ShareVerdict.AboutTheSame)]
    [InlineData(0.131, 0.10, ShareVerdict.Above)]
    [InlineData(0.069, 0.10, ShareVerdict.Below)]
    public void A_difference_under_three_points_is_about_the_same(double share, double otherShare, ShareVerdict expected) =>
        Assert.Equal(expected, OutletRules.Judge(share, otherShare, comparable: true));

    [Theory]
    [InlineData(10, 100, 100, 1000, false)] // the others give it 10%, this outlet 10%: covered
    [InlineData(2, 100, 100, 1000, true)]   // 2% against 10%: at most a quarter, a blindspot
    [InlineData(3, 100, 100, 1000, false)]  // 3% is more than a quarter of 10%
    [InlineData(0, 100, 40, 1000, false)]   // the others give it 4%: not substantial, so not a blindspot
    public void A_blindspot_is_substantial_elsewhere_and_rare_here(int count, int total, int otherCount, int otherTotal, bool expected)
    {
        var measure = new ShareMeasure("humanitarian", count, total, otherCount, otherTotal, ShareVerdict.Below);
        Assert.Equal(expected, OutletRules.IsBlindspot(measure, comparable: true));
        Assert.False(OutletRules.IsBlindspot(measure, comparable: false));
    }

    [Fact]
    public void Differences_read_as_signed_percentage_points()
    {
        Assert.Equal("+17.3 pts", OutletRules.Points(17.3077));
        Assert.Equal("−15.4 pts", OutletRules.Points(-15.38));
        Assert.Equal("0.0 pts", OutletRules.Points(0.04));
        Assert.Equal("7.7%", OutletRules.Percent(6 / 78.0));
    }

    [Fact]
    public void The_other_outlets_are_the_store_without_the_outlet()
    {
        var alpha = new OutletTotals
        {
            Id = "alpha", Name = "Alpha", Articles = 11, Paragraphs = 44,
            Stakeholders = new Dictionary<string, CodeTally> { ["russia"] = new(11, 11) },
            Voices = new Dictionary<string, int> { ["russia"] = 11 },
        };
        var beta = new OutletTotals
        {
            Id = "beta", Name = "Beta", Articles = 12, Paragraphs = 72,
            Stakeholders = new Dictionary<string, CodeTally> { ["russia"] = new(6, 6) },
            Voices = new Dictionary<string, int> { ["ukraine"] = 12 },
        };
        var store = OutletTotals.Sum([alpha, beta], "all", "all");

        var others = OutletTotals.Without(store, alpha, "others", "others");

        Assert.Equal((12, 72), (others.Articles, others.Paragraphs));
        Assert.Equal(new CodeTally(6, 6), others.Stakeholders["russia"]);
        Assert.Equal(0, others.Voices["russia"]);
        Assert.Equal(12, others.Quotes);
    }
}

public sealed class OutletIdTests
{
    [Theory]
    [InlineData("Al Jazeera", "al-jazeera")]
    [InlineData("AL JAZEERA", "al-jazeera")]
    [InlineData("Le Monde", "le-monde")]
    [InlineData("El País", "el-pais")]
    [InlineData("RFE/RL", "rfe-rl")]
    public void An_outlet_id_is_the_slug_of_its_name(string name, string id) => Assert.Equal(id, OutletStatistics.IdOf(name));

    [Fact]
    public void Names_without_latin_letters_get_distinct_ids_not_a_shared_placeholder()
    {
        var tass = OutletStatistics.IdOf("ТАСС");
        var ria = OutletStatistics.IdOf("РИА Новости");

        Assert.StartsWith("outlet-", tass, StringComparison.Ordinal);
        Assert.NotEqual(tass, ria);
        Assert.Equal(tass, OutletStatistics.IdOf("тасс"));
    }
}
