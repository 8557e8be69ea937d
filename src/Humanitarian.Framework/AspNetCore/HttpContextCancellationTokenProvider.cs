using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Threading;
using Microsoft.AspNetCore.Http;

namespace Humanitarian.Framework.AspNetCore;

/// <summary>The request's token, cancelled when the client goes away; none outside a request.</summary>
public sealed class HttpContextCancellationTokenProvider(IHttpContextAccessor accessor)
    : ICancellationTokenProvider, ISingletonDependency
{
    public CancellationToken Token => accessor.HttpContext?.RequestAborted ?? CancellationToken.None;
}
