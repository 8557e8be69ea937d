namespace Humanitarian.Framework.UI.Navigation;

/// <summary>
/// One entry of the main menu (ABP's ApplicationMenuItem): a link, or a group of links when it has
/// <see cref="Items"/>. Shown only to a user who holds <see cref="RequiredPermission"/>; a group
/// without a link of its own is shown only while one of its items is.
/// </summary>
public sealed class ApplicationMenuItem
{
    private readonly List<ApplicationMenuItem> _items = [];

    /// <param name="name">Unique name, e.g. <c>Organization.Units</c>.</param>
    /// <param name="displayText">The text shown, already localized by the contributor.</param>
    /// <param name="url">Application-relative (<c>~/Organization/Units</c>) or absolute; null for a group.</param>
    /// <param name="icon">Font Awesome classes, e.g. <c>fa-solid fa-sitemap</c>.</param>
    /// <param name="order">Items are sorted by it, then by name.</param>
    /// <param name="requiredPermission">A permission name; null for everyone signed in.</param>
    public ApplicationMenuItem(
        string name, string displayText, string? url = null, string? icon = null, int order = 1000, string? requiredPermission = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        DisplayText = displayText;
        Url = url;
        Icon = icon;
        Order = order;
        RequiredPermission = requiredPermission;
    }

    public string Name { get; }
    public string DisplayText { get; }
    public string? Url { get; }
    public string? Icon { get; }
    public int Order { get; }
    public string? RequiredPermission { get; }

    /// <summary>The item's own entries (a dropdown in the top bar).</summary>
    public IReadOnlyList<ApplicationMenuItem> Items => _items;

    /// <summary>Adds an entry below this one; returns this item, as ABP's does.</summary>
    public ApplicationMenuItem AddItem(ApplicationMenuItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Add(item);
        return this;
    }
}
