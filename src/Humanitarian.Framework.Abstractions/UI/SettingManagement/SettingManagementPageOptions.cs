namespace Humanitarian.Framework.UI.SettingManagement;

/// <summary>
/// The groups of ABP's settings page (<c>/SettingManagement</c>), thinly: the host and each module add the
/// settings they own; the page shows every group whose permission the user holds, in
/// <see cref="SettingPageGroup.Order"/>, each with a link to the page where it is edited.
/// </summary>
public sealed class SettingManagementPageOptions
{
    public List<SettingPageGroup> Groups { get; } = [];
}

/// <param name="Id">Stable name, also the group's anchor on the page (<c>#Emailing</c>).</param>
/// <param name="ResourceType">The localization resource of <paramref name="DisplayName"/> and <see cref="Description"/>.</param>
/// <param name="DisplayName">A localization key: the group's title.</param>
/// <param name="Url">The page that edits the group (<c>~/SettingManagement/Emailing</c>).</param>
public sealed record SettingPageGroup(
    string Id, Type ResourceType, string DisplayName, string Url, int Order, string? RequiredPermission)
{
    /// <summary>A localization key: what the group decides, shown when it has no summary component.</summary>
    public string? Description { get; init; }

    public string? Icon { get; init; }

    /// <summary>A view component that shows the group's current values (what is inherited, never a secret).</summary>
    public string? SummaryViewComponentName { get; init; }
}
