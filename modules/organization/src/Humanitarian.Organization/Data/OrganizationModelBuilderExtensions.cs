using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

public static class OrganizationModelBuilderExtensions
{
    /// <summary>
    /// The module's tables (Org*), called from the host's DbContext. Enums are stored as their names.
    /// Long free text (summaries, notes) has no database length: MySQL counts every varchar's full size
    /// against its 64 KB row limit, so those limits live in the DTOs' validation instead. Children of an
    /// aggregate get their Guid in code and are mapped ValueGeneratedNever: EF would otherwise take a new
    /// child with a key already set, found through its parent's collection, for an existing row.
    /// </summary>
    public static void ConfigureOrganization(this ModelBuilder builder)
    {
        builder.ConfigureAdministrativeAreas();
        builder.ConfigureUnits();
        builder.ConfigureCommittees();
        builder.ConfigureDocuments();
    }

    internal static string TableName(string name) => OrganizationDbProperties.DbTablePrefix + name;
}
