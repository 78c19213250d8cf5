namespace KratomFacts.Web.ContentHosting;

/// <summary>Thrown at start-up when the content has errors; the errors were already printed.</summary>
public sealed class InvalidContentException(string message) : Exception(message);
