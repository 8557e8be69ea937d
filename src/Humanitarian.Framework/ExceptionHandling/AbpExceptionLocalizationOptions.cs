namespace Humanitarian.Framework.ExceptionHandling;

/// <summary>
/// Which localization resource holds the texts of a code namespace (ABP's AbpExceptionLocalizationOptions):
/// <c>MapCodeNamespace("Organization", typeof(OrganizationResource))</c> makes the text of the code
/// <c>Organization:UnitCodeTaken</c> the key <c>Organization:UnitCodeTaken</c> of that resource.
/// </summary>
public sealed class AbpExceptionLocalizationOptions
{
    public Dictionary<string, Type> ErrorCodeNamespaceMappings { get; } = new(StringComparer.Ordinal);

    public void MapCodeNamespace(string errorCodeNamespace, Type resourceType) =>
        ErrorCodeNamespaceMappings[errorCodeNamespace] = resourceType;
}
