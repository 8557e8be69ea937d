using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Users;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donors;

[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class DonorAppService(
    IRepository<Donor, Guid> donors,
    IRepository<Donation, Guid> donations,
    IRepository<Pledge, Guid> pledges,
    DonorTwins twins,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, IDonorAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(Donor.NormalizedName), ["kind"] = nameof(Donor.Kind), ["creationTime"] = nameof(Donor.CreationTime),
    };

    public async Task<PagedResultDto<DonorDto>> GetListAsync(DonorListInput input)
    {
        var query = (await donors.GetQueryableAsync()).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var folded = SearchText.Normalize(input.Filter);
            var exact = input.Filter.Trim().ToLowerInvariant();
            query = query.Where(d => d.NormalizedName.Contains(folded) || d.TaxCode == exact || d.Phone == exact || d.Email == exact);
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(d => d.Kind == kind);
        }
        if (input.PossibleDuplicates == true)
        {
            query = await twins.WithTwinAmongAsync(query, (await donors.GetQueryableAsync()).AsNoTracking());
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "name", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<DonorDto>(total, page.Select(ToDto).ToList());
    }

    public async Task<DonorDto> GetAsync(Guid id) => ToDto(await donors.GetAsync(id));

    public async Task<ListResultDto<PossibleDuplicateDonorDto>> GetPossibleDuplicatesAsync(Guid id)
    {
        var donor = await donors.GetAsync(id);
        var all = (await donors.GetQueryableAsync()).AsNoTracking();
        var found = await (await twins.WithTwinAmongAsync(all, all.Where(d => d.Id == id))).OrderBy(d => d.NormalizedName).ToListAsync();
        return new ListResultDto<PossibleDuplicateDonorDto>(found
            .Select(d => new PossibleDuplicateDonorDto { Id = d.Id, Name = d.Name, Reason = DonorTwins.ReasonFor(donor, d)!.Value }).ToList());
    }

    [Authorize(FundraisingPermissions.Donors.Create)]
    public async Task<DonorDto> CreateAsync(CreateDonorDto input)
    {
        var donor = new Donor(Guid.NewGuid(), input.Name, input.Kind);
        Apply(donor, input);
        return ToDto(await donors.InsertAsync(donor, autoSave: true));
    }

    [Authorize(FundraisingPermissions.Donors.Update)]
    public async Task<DonorDto> UpdateAsync(Guid id, UpdateDonorDto input)
    {
        var donor = await donors.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            donor.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        donor.Rename(input.Name, input.Kind);
        Apply(donor, input);
        return ToDto(await donors.UpdateAsync(donor, autoSave: true));
    }

    [Authorize(FundraisingPermissions.Donors.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var donor = await donors.GetAsync(id);
        if (await (await donations.GetQueryableAsync()).AnyAsync(d => d.DonorId == id))
        {
            throw new BusinessException(FundraisingErrorCodes.DonorHasDonations).WithData("name", donor.Name);
        }
        if (await (await pledges.GetQueryableAsync()).AnyAsync(p => p.DonorId == id))
        {
            throw new BusinessException(FundraisingErrorCodes.DonorHasPledges).WithData("name", donor.Name);
        }
        await donors.DeleteAsync(donor);
    }

    private void Apply(Donor donor, UpdateDonorDto input)
    {
        donor.SetContacts(input.IsForeign, input.TaxCode, input.Phone, input.Email, input.Address);
        donor.SetPublication(input.IsAnonymous, input.PublishName, clock.GetUtcNow().UtcDateTime, currentUser.UserName ?? "");
    }

    internal static DonorDto ToDto(Donor d) => new()
    {
        Id = d.Id, Name = d.Name, Kind = d.Kind, IsForeign = d.IsForeign, TaxCode = d.TaxCode, Phone = d.Phone, Email = d.Email,
        Address = d.Address, IsAnonymous = d.IsAnonymous, PublishName = d.PublishName, PublishNameRecordedTime = d.PublishNameRecordedTime,
        PublishNameRecordedBy = d.PublishNameRecordedBy, ConcurrencyStamp = d.ConcurrencyStamp, CreationTime = d.CreationTime,
        CreatorId = d.CreatorId, LastModificationTime = d.LastModificationTime, LastModifierId = d.LastModifierId,
    };
}
