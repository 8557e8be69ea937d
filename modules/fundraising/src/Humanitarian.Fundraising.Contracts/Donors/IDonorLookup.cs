namespace Humanitarian.Fundraising.Donors;

/// <summary>Integration service: lets other modules name a donor they are given (a sponsorship by a donor) and offer the tenant's donors.</summary>
public interface IDonorLookup
{
    /// <returns>The donor's name in the current tenant, or null.</returns>
    Task<string?> FindNameAsync(Guid donorId);

    /// <returns>The current tenant's donors by name, for a picker.</returns>
    Task<IReadOnlyList<(Guid Id, string Name)>> GetAllAsync();
}
