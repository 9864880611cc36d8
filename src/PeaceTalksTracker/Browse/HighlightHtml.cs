using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace PeaceTalksTracker.Browse;

/// <summary>
/// Paragraph text with its stakeholder mentions wrapped in <c>&lt;mark class="sh sh-{id}" data-stakeholder&gt;</c>.
/// Every piece of text is HTML-encoded by the content builder: article text is untrusted.
/// </summary>
public static class HighlightHtml
{
    public static IHtmlContent Render(IReadOnlyList<TextSegment> segments, Func<string, string> stakeholderName)
    {
        var content = new HtmlContentBuilder();
        foreach (var segment in segments)
        {
            if (segment.StakeholderId is null)
            {
                content.Append(segment.Text);
                continue;
            }

            var mark = new TagBuilder("mark");
            mark.AddCssClass(CodebookStyles.StakeholderClass(segment.StakeholderId));
            mark.AddCssClass("sh");
            mark.Attributes["data-stakeholder"] = segment.StakeholderId;
            mark.Attributes["title"] = stakeholderName(segment.StakeholderId);
            mark.InnerHtml.Append(segment.Text);
            content.AppendHtml(mark);
        }

        return content;
    }
}
