namespace KratomFacts.Web.Presentation;

/// <summary>A filter choice as a plain link, with how many entries it leaves.</summary>
public sealed record FilterLink(string Label, string Url, int Count, bool IsCurrent);

/// <summary>One row of filter links under its heading (shown by the _FilterLinks partial).</summary>
public sealed record FilterGroup(string Label, IReadOnlyList<FilterLink> Links);
