using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace KratomFacts.Web.Hosting;

/// <summary>
/// Holds the data protection key ring for the life of the process. Nothing the site hands out is protected across
/// requests (no sign-in, no posted forms), so a key lost on restart costs nothing, while a key ring on disk would need
/// a writable home directory that a read-only container does not have.
/// </summary>
public sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly Lock gate = new();
    private readonly List<XElement> elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (gate)
        {
            return elements.Select(e => new XElement(e)).ToList();
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (gate)
        {
            elements.Add(new XElement(element));
        }
    }
}
