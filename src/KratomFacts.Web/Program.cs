using KratomFacts.Web.Citing;
using KratomFacts.Web.ContentHosting;
using KratomFacts.Web.Discovery;
using KratomFacts.Web.Errors;
using KratomFacts.Web.Health;
using KratomFacts.Web.Pages;
using KratomFacts.Web.Search;

var builder = WebApplication.CreateBuilder(args);
builder.AddContent();
builder.AddSearch();
builder.AddDiscovery();
builder.AddSitePages();

var app = builder.Build();
app.UseSiteErrorPages();
app.MapStaticAssets();
app.MapSitePages();
app.MapSearchApi();
app.MapCiteEndpoints();
app.MapDiscovery();
app.MapHealth();

try
{
    app.Run();
    return 0;
}
catch (InvalidContentException)
{
    return 1; // the content errors are already printed, one per line
}

public partial class Program;
