namespace KratomFacts.Content.Citations;

/// <summary>One cited work, with the fields of the content format's <c>citations</c> entries.</summary>
public sealed record Citation(
    string Id,
    IReadOnlyList<string> Authors,
    string Title,
    string? Container,
    int? Year,
    DateOnly? Date,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string? Pmid,
    string? Pmcid,
    string? Url,
    DateOnly? Accessed,
    EvidenceKind Evidence)
{
    /// <summary>The authors by name, without the "et al." a writer may add to stand for the rest.</summary>
    public IReadOnlyList<string> NamedAuthors => [.. Authors.Where(a => !IsEtAl(a))];

    /// <summary>Whether the list names more authors than it holds: it ends in "et al.".</summary>
    public bool HasUnnamedAuthors => NamedAuthors.Count < Authors.Count;

    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    public string? PubMedUrl => Pmid is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/";

    public string? PmcUrl => Pmcid is null ? null : $"https://pmc.ncbi.nlm.nih.gov/articles/{Pmcid}/";

    /// <summary>The year the work appeared, from <see cref="Year"/> or <see cref="Date"/>.</summary>
    public int? PublishedYear => Year ?? Date?.Year;

    /// <summary>The key that identifies the same work cited from different pages: DOI, else PMID, else id.</summary>
    public string IdentityKey =>
        Doi is not null ? "doi:" + Doi.ToLowerInvariant()
        : Pmid is not null ? "pmid:" + Pmid
        : "id:" + Id;

    private static bool IsEtAl(string author) => author.Trim().TrimEnd('.').Equals("et al", StringComparison.OrdinalIgnoreCase);
}
