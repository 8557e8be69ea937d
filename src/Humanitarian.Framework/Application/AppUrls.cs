using Humanitarian.Framework.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Humanitarian.Framework.Application;

/// <summary>
/// The application's public address, from the configuration's <c>App:SelfUrl</c> (ABP's name). What
/// leaves the server (Message-IDs, links in e-mails) is built from it, never from a request's Host
/// header, which the caller chooses.
/// </summary>
public sealed class AppUrls(IConfiguration configuration) : ISingletonDependency
{
    /// <summary>The Message-ID domain of a deployment that names no address of its own.</summary>
    public const string DefaultHost = "humanitarian.local";

    public Uri? SelfUrl { get; } = configuration["App:SelfUrl"] is { Length: > 0 } url ? new Uri(url) : null;

    public string Host => SelfUrl?.Host ?? DefaultHost;

    /// <summary>An absolute link to a path of this application, for an e-mail.</summary>
    public string Link(string pathAndQuery) =>
        new Uri(SelfUrl ?? throw new InvalidOperationException("App:SelfUrl is not configured."), pathAndQuery).ToString();
}
