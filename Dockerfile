# KratomFacts: the site with its content and search index baked in.
#   docker build -t kratomfacts .
#   docker run --rm -p 8080:8080 --read-only --tmpfs /tmp kratomfacts
# See docs/self-hosting.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so that a change to code or content reuses this layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/KratomFacts.Content/KratomFacts.Content.csproj src/KratomFacts.Content/
COPY src/KratomFacts.Search/KratomFacts.Search.csproj src/KratomFacts.Search/
COPY src/KratomFacts.Web/KratomFacts.Web.csproj src/KratomFacts.Web/
COPY src/KratomFacts.Cli/KratomFacts.Cli.csproj src/KratomFacts.Cli/
# The site is published ReadyToRun (see its project file), which needs the runtime's packages at restore.
RUN dotnet restore src/KratomFacts.Web/KratomFacts.Web.csproj -p:PublishReadyToRun=true \
 && dotnet restore src/KratomFacts.Cli/KratomFacts.Cli.csproj

# src/KratomFacts.Web/wwwroot is a link to the top-level wwwroot/, so both are copied.
COPY src/ src/
COPY wwwroot/ wwwroot/
# The content and its index are added below, from the copied content/, rather than by the publish target.
RUN dotnet publish src/KratomFacts.Web/KratomFacts.Web.csproj -c Release --no-restore -p:SkipSearchIndex=true -o /out/app \
 && dotnet publish src/KratomFacts.Cli/KratomFacts.Cli.csproj -c Release --no-restore -o /out/cli \
 && test -f /out/app/wwwroot/css/site.css

# Validate the content and build its search index; a content error fails the build here.
COPY content/ /out/content/
RUN dotnet /out/cli/kratomfacts.dll build-index --content /out/content --output /out/index

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /out/app/ ./
COPY --from=build /out/content/ ./content/
COPY --from=build /out/index/ ./index/

# Configuration is by environment only; everything below can be overridden with -e or in compose.yaml.
ENV Content__Path=/app/content \
    Search__IndexPath=/app/index \
    ASPNETCORE_HTTP_PORTS=8080 \
    Logging__Console__FormatterName=json \
    Logging__Console__FormatterOptions__TimestampFormat="yyyy-MM-ddTHH:mm:ss.fffZ" \
    Logging__Console__FormatterOptions__UseUtcTimestamp=true

# The files belong to root and are only read: the app's user cannot change what it serves.
USER $APP_UID
EXPOSE 8080

# The runtime image has no curl or wget: the app itself asks /healthz on the port it listens on.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "/app/KratomFacts.Web.dll", "--healthcheck"]

ENTRYPOINT ["dotnet", "/app/KratomFacts.Web.dll"]
