namespace Humanitarian.Framework.Threading;

/// <summary>
/// ABP's <c>ICancellationTokenProvider</c>: the token of the work at hand — the request's (aborted
/// when the client goes away) in a request, none outside one.
/// </summary>
public interface ICancellationTokenProvider
{
    CancellationToken Token { get; }
}
