using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Framework.Authorization;

/// <summary>A module declares its permissions by subclassing this (found by the module loader).</summary>
public abstract class PermissionDefinitionProvider
{
    public abstract void Define(IPermissionDefinitionContext context);
}

public interface IPermissionDefinitionContext
{
    /// <param name="displayName">A localization key of <paramref name="resourceType"/>.</param>
    PermissionGroupDefinition AddGroup(string name, string displayName, Type resourceType);

    PermissionGroupDefinition? GetGroupOrNull(string name);
}

public sealed class PermissionGroupDefinition(string name, string displayName, Type resourceType)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;
    public string DisplayName { get; } = displayName;
    public Type ResourceType { get; } = resourceType;
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(
        string name, string displayName, MultiTenancySides side = MultiTenancySides.Both)
    {
        var permission = new PermissionDefinition(this, null, name, displayName, side);
        _permissions.Add(permission);
        return permission;
    }

    /// <summary>Every permission of the group, children included, parents first.</summary>
    public IEnumerable<PermissionDefinition> GetPermissionsWithChildren() =>
        _permissions.SelectMany(p => p.SelfAndDescendants());
}

public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];
    private readonly HashSet<string> _defaultRoles = new(StringComparer.OrdinalIgnoreCase);

    internal PermissionDefinition(
        PermissionGroupDefinition group, PermissionDefinition? parent, string name, string displayName,
        MultiTenancySides side)
    {
        Group = group;
        Parent = parent;
        Name = name;
        DisplayName = displayName;
        MultiTenancySide = side;
    }

    public PermissionGroupDefinition Group { get; }
    public PermissionDefinition? Parent { get; }
    public string Name { get; }
    public string DisplayName { get; }
    public MultiTenancySides MultiTenancySide { get; }
    public IReadOnlyList<PermissionDefinition> Children => _children;

    /// <summary>
    /// ABP's IsEnabled: a disabled permission (with its children) is granted to no one and not offered in
    /// the permission editor, e.g. while its module has no pages or services that it would open.
    /// </summary>
    public bool IsEnabled { get; set; } = true;

    /// <summary>Whether it can be held on <paramref name="side"/> at all: it and every parent enabled and of that side.</summary>
    public bool IsUsableOn(MultiTenancySides side)
    {
        for (var p = this; p is not null; p = p.Parent)
        {
            if (!p.IsEnabled || !p.MultiTenancySide.HasFlag(side))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Roles (besides <c>admin</c>, which holds everything) granted this when a tenant is created.</summary>
    public IReadOnlyCollection<string> DefaultRoles => _defaultRoles;

    public PermissionDefinition AddChild(
        string name, string displayName, MultiTenancySides side = MultiTenancySides.Both)
    {
        var child = new PermissionDefinition(Group, this, name, displayName, side);
        _children.Add(child);
        return child;
    }

    public PermissionDefinition GrantByDefaultTo(params string[] roleNames)
    {
        _defaultRoles.UnionWith(roleNames);
        return this;
    }

    public IEnumerable<PermissionDefinition> SelfAndDescendants() =>
        new[] { this }.Concat(_children.SelectMany(c => c.SelfAndDescendants()));
}

/// <summary>Answers whether the current user holds a permission in the current tenant.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string name);
}

/// <summary>The roles every tenant starts with (docs/api.md).</summary>
public static class DefaultRoleNames
{
    public const string Admin = "admin";
    public const string CommitteeHead = "committee-head";
    public const string StandingDeputy = "standing-deputy";
    public const string CommitteeMember = "committee-member";
    public const string UnitOfficer = "unit-officer";
    public const string Viewer = "viewer";

    public static readonly IReadOnlyList<string> All =
        [Admin, CommitteeHead, StandingDeputy, CommitteeMember, UnitOfficer, Viewer];
}
