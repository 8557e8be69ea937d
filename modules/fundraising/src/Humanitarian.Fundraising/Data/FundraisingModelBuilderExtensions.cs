using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Data;

public static class FundraisingModelBuilderExtensions
{
    public static void ConfigureFundraising(this ModelBuilder builder)
    {
        // The module's tables (Fnd*) are mapped here, called from the host's DbContext; none yet.
    }
}
