namespace Humanitarian.Framework.Localization;

/// <summary>The framework's own texts: error messages and validation messages.</summary>
[LocalizationResourceName("AbpFramework")]
public sealed class AbpFrameworkResource;
