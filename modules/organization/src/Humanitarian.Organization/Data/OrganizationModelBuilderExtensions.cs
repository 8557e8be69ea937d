using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Data;

public static class OrganizationModelBuilderExtensions
{
    public static void ConfigureOrganization(this ModelBuilder builder)
    {
        // The module's tables (Org*) are mapped here, called from the host's DbContext; none yet.
    }
}
