using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Humanitarian.TestBase;

/// <summary>
/// The test server has no TCP connection, so a test names the address a request comes from in the
/// <see cref="Header"/> header; it is set before any of the app's middleware runs, as a socket's would be.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }
            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>Makes every request of <paramref name="client"/> come from <paramref name="address"/>.</summary>
    public static HttpClient From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
