using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Humanitarian.Web.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace Humanitarian.Web.Startup;

/// <summary>
/// ABP's own Angular admin UI (src/angular), served from this host's origin at <c>/angular/</c>, so it calls
/// the API and the token endpoint without CORS. <c>dotnet run</c> does not build it (etc/build-angular.sh
/// does); the build's folder is <c>AngularAdmin:Path</c>, relative to the content root (the app's output
/// folder, bin/&lt;Configuration&gt;/net10.0) unless absolute.
/// </summary>
public static class AngularAdmin
{
    public const string BasePath = "/angular";

    public const string BuildCommand = "etc/build-angular.sh";

    /// <summary>From bin/&lt;Configuration&gt;/net10.0 of src/Humanitarian.Web to the build of src/angular.</summary>
    private const string DefaultPath = "../../../../angular/dist/Humanitarian/browser";

    public static void UseAngularAdmin(this WebApplication app)
    {
        var folder = Path.GetFullPath(app.Configuration["AngularAdmin:Path"] ?? DefaultPath, app.Environment.ContentRootPath);
        app.Map(BasePath, branch =>
        {
            // Without the trailing slash the app's relative URLs (its base href is /angular/) would miss.
            branch.Use((context, next) =>
            {
                if (context.Request.Path == PathString.Empty)
                {
                    context.Response.Redirect(context.Request.PathBase + "/" + context.Request.QueryString);
                    return Task.CompletedTask;
                }
                return next(context);
            });
            var files = new BuildFolder(folder);
            branch.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            branch.Run(context => ServeIndexAsync(context, files));
        });
    }

    /// <summary>
    /// A path without a file of the build is one of the app's own routes (/angular/identity/users): the
    /// browser gets index.html and Angular's router shows it. A missing file (a script of an older build)
    /// stays a 404, so the app fails loudly instead of parsing HTML as script.
    /// </summary>
    private static async Task ServeIndexAsync(HttpContext context, IFileProvider files)
    {
        var path = context.Request.Path.Value ?? "";
        var index = files.GetFileInfo("index.html");
        if ((!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            || (Path.HasExtension(path) && index.Exists))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (!index.Exists)
        {
            await WriteNotBuiltAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        // A new build's scripts have new names: the page that names them is never kept.
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(index);
    }

    private static async Task WriteNotBuiltAsync(HttpContext context)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<HumanitarianResource>>();
        // Vietnamese letters as they are, not as character references.
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers[HeaderNames.CacheControl] = "no-store";
        await context.Response.WriteAsync($"""
            <!doctype html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8"><title>{html.Encode(l["AngularAdmin:NotBuiltTitle"])}</title></head>
            <body>
            <h1>{html.Encode(l["AngularAdmin:NotBuiltTitle"])}</h1>
            <p>{html.Encode(l["AngularAdmin:NotBuilt"])}</p>
            <pre><code>{html.Encode(BuildCommand)}</code></pre>
            </body>
            </html>
            """);
    }

    /// <summary>
    /// The build's folder, looked for again on each request until it exists: a build made while the host
    /// runs is served without a restart (ng build deletes and remakes the folder; a path-based provider
    /// does not mind).
    /// </summary>
    private sealed class BuildFolder(string path) : IFileProvider
    {
        private PhysicalFileProvider? _files;

        private static readonly NullFileProvider NoFiles = new();

        private IFileProvider Files
        {
            get
            {
                if (_files is null && Directory.Exists(path))
                {
                    _files = new PhysicalFileProvider(path);
                }
                return _files ?? (IFileProvider)NoFiles;
            }
        }

        public IFileInfo GetFileInfo(string subpath) => Files.GetFileInfo(subpath);

        public IDirectoryContents GetDirectoryContents(string subpath) => Files.GetDirectoryContents(subpath);

        public Microsoft.Extensions.Primitives.IChangeToken Watch(string filter) => Files.Watch(filter);
    }
}
