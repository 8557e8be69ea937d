namespace Humanitarian.Organization.Committees;

/// <summary>Integration service: lets other modules check a committee id they are given (a campaign's steering committee).</summary>
public interface ICommitteeLookup
{
    /// <returns>True when the committee exists in the current tenant (or is one it inherited).</returns>
    Task<bool> ExistsAsync(Guid committeeId);

    /// <returns>The current tenant's committee of this exact name (demo data names committees), or null.</returns>
    Task<Guid?> FindByNameAsync(string name);
}
