using System.Text.Json;
using System.Text.Json.Serialization;
using Humanitarian.Framework.Authorization;
using Humanitarian.Organization.Committees;

namespace Humanitarian.Organization.Services.Committees;

/// <summary>
/// The role each committee position confers (stored as the tenant setting
/// <see cref="OrganizationSettingNames.CommitteeSeatRoles"/>). A position without a role confers none, and
/// the administrator role is never conferred, whatever was stored.
/// </summary>
public sealed class CommitteeSeatRoles
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly IReadOnlyDictionary<CommitteePosition, string> _roles;

    public CommitteeSeatRoles(IEnumerable<KeyValuePair<CommitteePosition, string?>> roles) =>
        _roles = roles
            .Where(r => !string.IsNullOrWhiteSpace(r.Value) && !IsAdmin(r.Value))
            .ToDictionary(r => r.Key, r => r.Value!.Trim());

    /// <summary>What seats conferred before tenants could choose: each position its committee role.</summary>
    public static CommitteeSeatRoles Default { get; } = new(new Dictionary<CommitteePosition, string?>
    {
        [CommitteePosition.Head] = DefaultRoleNames.CommitteeHead,
        [CommitteePosition.DeputyHead] = DefaultRoleNames.CommitteeMember,
        [CommitteePosition.StandingDeputy] = DefaultRoleNames.StandingDeputy,
        [CommitteePosition.Member] = DefaultRoleNames.CommitteeMember,
    });

    public string? RoleOf(CommitteePosition position) => _roles.GetValueOrDefault(position);

    public IEnumerable<CommitteePosition> PositionsChangedFrom(CommitteeSeatRoles other) =>
        Enum.GetValues<CommitteePosition>().Where(p => !string.Equals(RoleOf(p), other.RoleOf(p), StringComparison.OrdinalIgnoreCase));

    public static bool IsAdmin(string roleName) =>
        string.Equals(roleName.Trim(), DefaultRoleNames.Admin, StringComparison.OrdinalIgnoreCase);

    public static CommitteeSeatRoles Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored)
            ? Default
            : new CommitteeSeatRoles(JsonSerializer.Deserialize<Dictionary<CommitteePosition, string?>>(stored, Json) ?? []);

    public string ToJson() => JsonSerializer.Serialize(_roles, Json);
}
