using System.Text;
using KratomFacts.Content.Myths;

namespace KratomFacts.Cli.Synthetic;

/// <summary>A real myth's claim, verdict, answer and works, explained by generated cited prose and related to generated articles.</summary>
public static class SyntheticMyth
{
    public static string Markdown(ProseMaker prose, Myth myth, IReadOnlyList<ArticleName> related)
    {
        var text = new StringBuilder("---\n");
        text.Append("claim: ").Append(FrontMatterText.Quote(myth.Claim)).Append('\n');
        text.Append("verdict: ").Append(myth.Verdict.Slug()).Append('\n');
        text.Append("answer: ").Append(FrontMatterText.Quote(myth.Answer)).Append('\n');
        text.Append("tags: ").Append(FrontMatterText.List(myth.Tags)).Append('\n');
        text.Append("related: ").Append(FrontMatterText.List(related.Select(r => r.Slug))).Append('\n');
        if (myth.Reviewed is { } reviewed)
        {
            text.Append("reviewed: ").Append(FrontMatterText.Date(reviewed)).Append('\n');
        }

        FrontMatterText.AppendCitations(text, myth.Citations);
        text.Append("---\n");
        foreach (var work in myth.Citations)
        {
            text.Append(prose.Sentences(prose.Between(2, 4))).Append(' ').Append(ProseMaker.Cite([work])).Append("\n\n");
        }

        return text.ToString();
    }
}
