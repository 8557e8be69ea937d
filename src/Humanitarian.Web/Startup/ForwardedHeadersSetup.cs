using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Humanitarian.Web.Startup;

public static class ForwardedHeadersSetup
{
    /// <summary>
    /// Behind nginx the client's address and scheme come from X-Forwarded-For and X-Forwarded-Proto, but
    /// only when the connection comes from a known proxy: loopback (nginx on the same machine), and the
    /// addresses in <c>ForwardedHeaders:KnownProxies</c> and networks in <c>ForwardedHeaders:KnownNetworks</c>
    /// (CIDR). Anyone else could forge them to dodge the rate limits or fake the sessions' addresses.
    /// <c>ForwardedHeaders:ForwardLimit</c> (1) is the number of proxies in a row.
    /// </summary>
    public static void AddHumanitarianForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? []).Select(IPAddress.Parse).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? []).Select(IPNetwork.Parse).ToList();
        var forwardLimit = section.GetValue("ForwardLimit", 1);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = forwardLimit;
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
    }
}
