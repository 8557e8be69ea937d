namespace Humanitarian.Framework.Application;

/// <summary>
/// ABP's <c>RemoteServiceAttribute</c>: names the remote service a controller or application service
/// belongs to (<c>AbpIdentity</c>, <c>AbpTenantManagement</c>...). Clients map the name to a base URL,
/// as ABP's generated proxies do with <c>apiName</c>; services without it belong to <c>Default</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
public sealed class RemoteServiceAttribute : Attribute
{
    public const string DefaultName = "Default";

    public required string Name { get; init; }
}
