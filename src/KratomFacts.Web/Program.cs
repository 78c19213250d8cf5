using KratomFacts.Web.Citing;
using KratomFacts.Web.ContentHosting;
using KratomFacts.Web.Discovery;
using KratomFacts.Web.Errors;
using KratomFacts.Web.Health;
using KratomFacts.Web.Hosting;
using KratomFacts.Web.Http;
using KratomFacts.Web.Pages;
using KratomFacts.Web.Search;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args, Environment.GetEnvironmentVariable, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddStatelessHosting();
builder.AddHttpPolicies();
builder.AddContent();
builder.AddSearch();
builder.AddDiscovery();
builder.AddSitePages();

var app = builder.Build();
app.UseStatelessHosting();
app.UseResponsePolicies();
app.UseSiteErrorPages();
app.UseEndpointPolicies();
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
