using KratomFacts.Web.ContentHosting;
using KratomFacts.Web.Errors;
using KratomFacts.Web.Health;
using KratomFacts.Web.Pages;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddContent();
}
catch (InvalidContentException)
{
    return 1; // the diagnostics are already on stderr
}

builder.AddSitePages();

var app = builder.Build();
app.UseSiteErrorPages();
app.MapStaticAssets();
app.MapSitePages();
app.MapHealth();
app.Run();
return 0;

public partial class Program;
