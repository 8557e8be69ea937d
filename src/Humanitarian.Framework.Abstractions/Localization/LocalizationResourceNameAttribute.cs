namespace Humanitarian.Framework.Localization;

/// <summary>
/// Marks a localization resource type. Its texts are JSON files embedded in the type's assembly as
/// <c>Localization/{Name}/{culture}.json</c> (<c>vi.json</c>, <c>en.json</c>), as ABP keeps them.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LocalizationResourceNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
