namespace KratomFacts.Content.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>One problem in the content, printed the way compilers do so editors can jump to it.</summary>
public sealed record ContentDiagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
