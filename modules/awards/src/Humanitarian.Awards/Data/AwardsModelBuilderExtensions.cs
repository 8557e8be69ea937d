using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Awards.Data;

public static class AwardsModelBuilderExtensions
{
    public static void ConfigureAwards(this ModelBuilder builder)
    {
        // The module's tables (Awd*) are mapped here, called from the host's DbContext; none yet.
    }
}
