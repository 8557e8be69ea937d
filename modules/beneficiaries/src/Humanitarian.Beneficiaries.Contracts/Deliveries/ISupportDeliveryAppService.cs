using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Deliveries;

/// <summary>Support deliveries at <c>/api/app/support-delivery</c>; each counts toward its sponsorship's commitment.</summary>
public interface ISupportDeliveryAppService : IApplicationService
{
    Task<PagedResultDto<SupportDeliveryDto>> GetListAsync(SupportDeliveryListInput input);

    Task<SupportDeliveryDto> GetAsync(Guid id);

    Task<SupportDeliveryDto> CreateAsync(CreateSupportDeliveryDto input);

    /// <summary>A delivery recorded by mistake; its value no longer counts.</summary>
    Task DeleteAsync(Guid id);
}
