using Lupus.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lupus.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<LupusUser>
{
    public void Configure(EntityTypeBuilder<LupusUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.HasMany(u => u.Sites).WithOne().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
