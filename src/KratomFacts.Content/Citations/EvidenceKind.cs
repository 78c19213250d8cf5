namespace KratomFacts.Content.Citations;

/// <summary>What kind of study or source a citation is, so readers can weigh it.</summary>
public enum EvidenceKind
{
    SystematicReview,
    Rct,
    ClinicalStudy,
    Observational,
    Survey,
    CaseReport,
    Animal,
    InVitro,
    Regulatory,
    Review,
    ExpertOpinion,
}

public static class EvidenceKinds
{
    private static readonly Dictionary<string, EvidenceKind> BySlug = Enum.GetValues<EvidenceKind>().ToDictionary(Slug, k => k, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Slugs => BySlug.Keys;

    public static bool TryParse(string? slug, out EvidenceKind kind) => BySlug.TryGetValue(slug ?? "", out kind);

    /// <summary>The content-format spelling, e.g. <c>systematic-review</c>.</summary>
    public static string Slug(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.SystematicReview => "systematic-review",
        EvidenceKind.Rct => "rct",
        EvidenceKind.ClinicalStudy => "clinical-study",
        EvidenceKind.Observational => "observational",
        EvidenceKind.Survey => "survey",
        EvidenceKind.CaseReport => "case-report",
        EvidenceKind.Animal => "animal",
        EvidenceKind.InVitro => "in-vitro",
        EvidenceKind.Regulatory => "regulatory",
        EvidenceKind.Review => "review",
        EvidenceKind.ExpertOpinion => "expert-opinion",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The label a reader sees next to a reference: plain words about what the source is.</summary>
    public static string Label(this EvidenceKind kind) => kind switch
    {
        EvidenceKind.SystematicReview => "Systematic review",
        EvidenceKind.Rct => "Randomized trial",
        EvidenceKind.ClinicalStudy => "Clinical study",
        EvidenceKind.Observational => "Observational study",
        EvidenceKind.Survey => "Survey",
        EvidenceKind.CaseReport => "Case report",
        EvidenceKind.Animal => "Animal study",
        EvidenceKind.InVitro => "Lab study (cells or tissue)",
        EvidenceKind.Regulatory => "Government or agency source",
        EvidenceKind.Review => "Review",
        EvidenceKind.ExpertOpinion => "Expert opinion",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
