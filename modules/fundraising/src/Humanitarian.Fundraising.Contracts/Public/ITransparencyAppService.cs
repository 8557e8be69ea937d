using Humanitarian.Framework.Application;

namespace Humanitarian.Fundraising.Public;

/// <summary>
/// The public statement of a tenant's funds, without sign-in: what came in, what went out, for what.
/// A fund whose transparency is off, another tenant's fund, or a tenant that does not exist or is closed
/// all answer 404 alike.
/// </summary>
public interface ITransparencyAppService : IApplicationService
{
    Task<ListResultDto<PublicFundSummaryDto>> GetFundsAsync(string tenantName);

    /// <summary>The months, and the latest <see cref="TransparencyConsts.MaxListed"/> donations and disbursements.</summary>
    Task<PublicFundDto> GetFundAsync(string tenantName, Guid fundId, PublicFundInput input);
}

public static class TransparencyConsts
{
    public const int MaxListed = 200;

    /// <summary>The years a statement may be asked for.</summary>
    public const int MinYear = 2000, MaxYear = 2100;
}
