namespace KratomFacts.Content.Myths;

/// <summary>How the evidence answers a claim people make about kratom.</summary>
public enum Verdict
{
    False,
    Misleading,
    Unproven,
    True,
}

public static class Verdicts
{
    public static IReadOnlyList<Verdict> All { get; } = Enum.GetValues<Verdict>();

    public static string Slug(this Verdict verdict) => verdict.ToString().ToLowerInvariant();

    public static bool TryParse(string? slug, out Verdict verdict)
    {
        verdict = default;
        var match = All.Where(v => v.Slug() == slug).ToList();
        if (match.Count == 0)
        {
            return false;
        }

        verdict = match[0];
        return true;
    }

    /// <summary>The badge text: a word, so the verdict never depends on colour alone.</summary>
    public static string Label(this Verdict verdict) => verdict switch
    {
        Verdict.False => "False",
        Verdict.Misleading => "Misleading",
        Verdict.Unproven => "Unproven",
        Verdict.True => "True",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static string Explanation(this Verdict verdict) => verdict switch
    {
        Verdict.False => "The evidence clearly contradicts this claim.",
        Verdict.Misleading => "Partly true, but leaves out something important.",
        Verdict.Unproven => "There is not enough evidence either way.",
        Verdict.True => "The evidence supports this claim.",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
